using RoadmapBot.Core.Chat;
using RoadmapBot.Host.Console;

namespace RoadmapBot.Host.Tests.Console;

public sealed class ConsoleImportTests
{
    private static readonly ConsoleIdentity Me = new("me", "me", Group: false, Admin: false);

    [Fact]
    public void ImportPath_AttachesTheFile()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# Mini plan\n- [ ] one\n");

            var (message, error) = ConsoleImport.Translate(Me.Message($"/import {file}"));

            Assert.Null(error);
            Assert.Equal("/import", message!.Text);
            Assert.Equal("# Mini plan\n- [ ] one\n"u8.ToArray(), Assert.Single(message.Attachments).Content);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ImportOfAMarkdownPathThatIsNotThere_SaysSo_AndOneLinePastedTextPasses()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-roadmap-8c1f.md");
        var oneLine = Me.Message("/import - [ ] Read chapter 1.2");

        Assert.Equal((null, $"There is no file at {missing}."), ConsoleImport.Translate(Me.Message($"/import {missing}")));
        Assert.Same(oneLine, ConsoleImport.Translate(oneLine).Message);
    }

    [Fact]
    public void PastedTextOrOtherCommands_PassUnchanged()
    {
        var pasted = Me.Message("/import\n# Plan\n- one");
        var done = Me.Message("/done t1");

        Assert.Same(pasted, ConsoleImport.Translate(pasted).Message);
        Assert.Same(done, ConsoleImport.Translate(done).Message);
    }

    [Fact]
    public void OversizedFile_IsOneLineWithoutReadingIt()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, new byte[1024 * 1024 + 1]);

            var (message, error) = ConsoleImport.Translate(Me.Message($"/import {file}"));

            Assert.Null(message);
            Assert.Equal("The file is 1024 KB; roadmaps are limited to 1 MB.", error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
