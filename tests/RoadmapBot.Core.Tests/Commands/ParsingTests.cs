using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Progress;
using ParsedCommand = RoadmapBot.Core.Commands.CommandLine;  // BenchmarkDotNet, reached through the fan-out harness, brings a CommandLine namespace

namespace RoadmapBot.Core.Tests.Commands;

public sealed class ParsingTests
{
    [Theory]
    [InlineData("/done t1 t2", "done", "t1 t2")]
    [InlineData("/Done@RoadmapBot  t1", "done", "t1")]
    [InlineData("  /help", "help", "")]
    [InlineData("/import\n# Plan\n- a", "import", "# Plan\n- a")]
    public void CommandLine_SplitsVerbAndArguments(string text, string verb, string arguments)
    {
        Assert.Equal(new ParsedCommand(verb, arguments), ParsedCommand.Parse(text));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("/")]
    [InlineData("/@bot")]
    public void CommandLine_NotACommand_IsNull(string text)
    {
        Assert.Null(ParsedCommand.Parse(text));
    }

    [Theory]
    [InlineData("4", 4, AmountUnit.Count)]
    [InlineData("1.5", 1.5, AmountUnit.Count)]
    [InlineData("1,5", 1.5, AmountUnit.Count)]
    [InlineData("90m", 90, AmountUnit.Minutes)]
    [InlineData("2h", 120, AmountUnit.Minutes)]
    [InlineData("1h30", 90, AmountUnit.Minutes)]
    [InlineData("1h30m", 90, AmountUnit.Minutes)]
    [InlineData("1.5h", 90, AmountUnit.Minutes)]
    public void Amount_Parses(string text, double value, AmountUnit unit)
    {
        Assert.Equal(new Amount(value, unit), Amount.Parse(text));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("h")]
    [InlineData("1e9")]
    public void Amount_Invalid_IsNull(string text)
    {
        Assert.Null(Amount.Parse(text));
    }

    [Theory]
    [InlineData("progres", "progress")]
    [InlineData("dne", "done")]
    [InlineData("tody", "today")]
    public void Fuzzy_FindsClosestCommand(string typo, string expected)
    {
        Assert.Equal(expected, Fuzzy.Closest(typo, CommandCatalog.All.Select(c => c.Verb), 1).Single());
    }
}
