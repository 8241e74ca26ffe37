using RoadmapBot.Core.Commands;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>Who may run a command and who sees its answer in a group are properties of the catalog, for every platform.</summary>
public sealed class CommandCatalogTests
{
    [Theory]
    [InlineData("done")]
    [InlineData("log")]
    [InlineData("progress")]
    [InlineData("board")]
    [InlineData("import")]
    public void AccountabilityUpdates_ArePublicInAGroup(string verb) => Assert.NotNull(CommandCatalog.Find(verb)!.PublicBecause);

    [Theory]
    [InlineData("help")]
    [InlineData("today")]
    [InlineData("remind")]
    [InlineData("forget")]
    public void PersonalAnswers_AreOnlyForTheAsker(string verb) => Assert.Null(CommandCatalog.Find(verb)!.PublicBecause);

    [Fact]
    public void OnlyImportAndPlan_AreForAdminsOnly() =>
        Assert.Equal(["import", "plan"], CommandCatalog.All.Where(c => c.AdminOnly).Select(c => c.Verb));
}
