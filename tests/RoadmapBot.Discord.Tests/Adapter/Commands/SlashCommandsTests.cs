using System.Text.RegularExpressions;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Commands;

namespace RoadmapBot.Discord.Tests.Adapter.Commands;

public sealed partial class SlashCommandsTests
{
    private static readonly IReadOnlyList<ApplicationCommand> Registered = SlashCommands.ToDiscord();

    [Fact]
    public void EveryCatalogVerb_IsASlashCommand() =>
        Assert.Equal(CommandCatalog.All.Select(c => c.Verb).Order(), Registered.Select(c => c.Name).Order());

    [Fact]
    public void EveryCommand_KeepsWithinDiscordsLimits()
    {
        Assert.InRange(Registered.Count, 1, 100);
        Assert.All(Registered, c =>
        {
            Assert.Matches(NamePattern(), c.Name);
            Assert.InRange(c.Description.Length, 1, 100);
            Assert.InRange(c.Options.Count, 0, 25);
            Assert.Equal(c.Options.Count, c.Options.Select(o => o.Name).Distinct().Count());
            // Required options come first.
            Assert.Equal(c.Options.OrderByDescending(o => o.Required), c.Options);
            Assert.All(c.Options, o =>
            {
                Assert.Matches(NamePattern(), o.Name);
                Assert.InRange(o.Description.Length, 1, 100);
                Assert.InRange(o.Choices.Count, 0, 25);
                Assert.False(o.Autocomplete && o.Choices.Count > 0, $"{c.Name} {o.Name}: autocomplete and choices exclude each other");
            });
        });
    }

    [Fact]
    public void AdminOnlyCommands_NeedManageServer_TheOthersNothing()
    {
        var admin = Registered.Where(c => c.DefaultMemberPermissions is not null).ToList();

        Assert.Equal(["import", "plan"], admin.Select(c => c.Name).Order());
        Assert.All(admin, c => Assert.Equal("32", c.DefaultMemberPermissions));
    }

    [Fact]
    public void TypedOptions_MatchTheEngine()
    {
        var done = Registered.Single(c => c.Name == "done").Options.Single();
        var log = Registered.Single(c => c.Name == "log").Options;
        var import = Registered.Single(c => c.Name == "import").Options;
        var export = Registered.Single(c => c.Name == "export").Options.Single();

        Assert.Equal((CommandOptionType.String, "key", true, true), (done.Type, done.Name, done.Required, done.Autocomplete));
        Assert.Equal(["metric", "amount", "note", "text"], log.Select(o => o.Name));
        Assert.True(log[0].Autocomplete);
        Assert.Equal([CommandOptionType.Attachment, CommandOptionType.Boolean], import.Select(o => o.Type));
        Assert.Equal(["md", "csv"], export.Choices.Select(c => c.Value));
    }

    [Fact]
    public void VerbWithoutATypedDefinition_TakesOneOptionalArgs()
    {
        var quiet = Registered.Single(c => c.Name == "quiet").Options.Single();

        Assert.Equal((CommandOptionType.String, "args", false), (quiet.Type, quiet.Name, quiet.Required));
        Assert.Equal("E.g. 07:30-08:45", quiet.Description);
    }

    [GeneratedRegex(@"^[-_'\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
