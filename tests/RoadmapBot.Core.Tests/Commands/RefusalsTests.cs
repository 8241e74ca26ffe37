using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>Refusals and errors are marked for the asker alone (<see cref="ChatReply.ForAsker"/>); what the user typed comes back cut.</summary>
public sealed class RefusalsTests
{
    [Fact]
    public async Task AdminOnlyRefusal_IsForTheAsker()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);

        var reply = await bot.ReplyAsync("/plan shift 7 days", "ben", "club", group: true, platformAdmin: false);

        Assert.StartsWith("Only group admins", reply.ToPlainText());
        Assert.True(reply.ForAsker);
    }

    [Theory]
    [InlineData("/nosuchverb")]
    [InlineData("/note")]
    [InlineData("/plan shift 0 days")]
    public async Task UnknownCommandsAndUsageLines_AreForTheAsker(string text)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.True((await bot.ReplyAsync(text)).ForAsker);
    }

    [Fact]
    public async Task TooLongMessage_IsForTheAsker()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.True((await bot.ReplyAsync("/done " + new string('t', 4100), "ben", "club", group: true)).ForAsker);
    }

    [Fact]
    public async Task NoteOverTheLimit_IsForTheAsker_ButASavedNoteIsForEveryone()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);

        Assert.True((await bot.ReplyAsync("/note t1 " + new string('x', 1500), "ben", "club", group: true)).ForAsker);
        Assert.False((await bot.ReplyAsync("/note t1 chapter 3 left", "ben", "club", group: true)).ForAsker);
    }

    [Fact]
    public async Task ProgressOfAnUnknownMember_SuggestsCloseNames_NotTheWholeGroup()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        foreach (var name in new[] { "anna", "bernd", "carla", "dieter" })
            await bot.SendAsync("/start", name, "club", group: true);

        var reply = await bot.ReplyAsync("/progress @ana", "bernd", "club", group: true);

        Assert.True(reply.ForAsker);
        Assert.Equal("No member called “ana” here. Did you mean anna?", reply.ToPlainText());
    }

    [Theory]
    [InlineData("/timezone ", "@here/<@&1>", 200)]
    [InlineData("/help ", "ü", 3000)]
    [InlineData("/task ", "Z", 1500)]
    [InlineData("/", "x", 3000)]
    public async Task WhatTheUserTyped_ComesBackCut(string command, string typed, int times)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync(command + string.Concat(Enumerable.Repeat(typed, times)));

        Assert.True(reply.Length < 300, reply);
        Assert.Contains("…", reply);
    }
}
