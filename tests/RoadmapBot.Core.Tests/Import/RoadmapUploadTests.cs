using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class RoadmapUploadTests
{
    [Theory]
    [InlineData("plan.md")]
    [InlineData("PLAN.Markdown")]
    [InlineData("notes.txt")]
    public void Refusal_ARoadmapFileUpTo1MB_IsNone(string name)
    {
        Assert.Null(RoadmapUpload.Refusal(name, RoadmapImporter.MaxBytes));
    }

    [Theory]
    [InlineData("plan.pdf")]
    [InlineData("plan")]
    [InlineData("plan.md.exe")]
    public void Refusal_AnotherKindOfFile_AsksForMarkdownOrText(string name)
    {
        Assert.Equal("Send the roadmap as a .md or .txt file.", RoadmapUpload.Refusal(name, 10));
    }

    [Fact]
    public void Refusal_AFileOver1MB_SaysItsSize()
    {
        Assert.Equal("The file is 2048 KB; roadmaps are limited to 1 MB.", RoadmapUpload.Refusal("plan.md", 2 * 1024 * 1024));
    }

    [Fact]
    public void Fits_TheLimitItself_AndNotAByteMore()
    {
        Assert.True(RoadmapUpload.Fits(RoadmapImporter.MaxBytes));
        Assert.False(RoadmapUpload.Fits(RoadmapImporter.MaxBytes + 1));
    }
}
