using System.Text;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>/review as modals of five questions: answers stored on submit, "Continue" to the next page, text when a modal is too late.</summary>
public sealed class ReviewModalFlowTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync();
        // Seed 000's four template questions, and seven more from a review section: eleven in all, three modals.
        var extra = "\n\n## Weekly Review Questions\n" + string.Concat(Enumerable.Range(1, 7).Select(i => $"- Extra question number {i} that is long enough to be cut at the label limit?\n"));
        await _rig.ImportAsync([.. Seeds.Read("000"), .. Encoding.UTF8.GetBytes(extra)]);
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Review_OpensTheFirstModalOfFiveInputsWithinDiscordsLimits()
    {
        var replies = await _rig.HandleAsync(Command("review"));

        var modal = replies.Modal!;
        Assert.Empty(replies.Messages);
        Assert.Equal("rb:review:0", modal.CustomId);
        Assert.Equal("Weekly review (1/3)", modal.Title);
        Assert.Equal(5, modal.Inputs.Count);
        Assert.Equal("1. Completed This Week", modal.Inputs[0].Label);
        Assert.All(modal.Inputs, i => Assert.InRange(i.Label.Length, 1, 45));
    }

    [Fact]
    public async Task Submit_StoresTheAnswersAndOffersContinue_WhichOpensTheNextModalPrefilled()
    {
        var submit = await _rig.HandleAsync(ModalSubmit("rb:review:0", new Dictionary<string, string> { ["q1"] = "shipped the ETL", ["q2"] = "sql 20", ["q3"] = "" }));

        await using (var db = _rig.Db())
            Assert.Equal([(1, "shipped the ETL"), (2, "sql 20")],
                (await db.ReviewAnswers.OrderBy(a => a.Question).ToListAsync(TestContext.Current.CancellationToken)).Select(a => (a.Question, a.Text)));
        Assert.Contains("Answer 2 saved", submit.Text);
        Assert.Equal(MessageFlags.Ephemeral, submit.Messages[^1].Flags);
        var next = submit.Messages[^1].Components.SelectMany(r => r.Buttons).Single(b => b.Label == "Continue");
        Assert.Equal("rb:review:1", next.CustomId);

        var page2 = await _rig.HandleAsync(Button(next.CustomId));
        var again = await _rig.HandleAsync(Command("review"));

        Assert.Equal("Weekly review (2/3)", page2.Modal!.Title);
        Assert.StartsWith("6. Extra question number 2", page2.Modal.Inputs[0].Label);
        Assert.Equal("shipped the ETL", again.Modal!.Inputs[0].Value);
    }

    [Fact]
    public async Task LastPage_HasNoContinue()
    {
        var submit = await _rig.HandleAsync(ModalSubmit("rb:review:2", new Dictionary<string, string> { ["q11"] = "done" }));

        Assert.Contains("Answer 11 saved", submit.Text);
        Assert.DoesNotContain(submit.Messages.SelectMany(m => m.Components).SelectMany(r => r.Buttons), b => b.Label == "Continue");
    }

    [Fact]
    public async Task AlreadyDeferredByTheWatchdog_FallsBackToTheTextForm()
    {
        var replies = await _rig.HandleAsync(Command("review"), watchdogDeferred: true);

        Assert.Null(replies.Modal);
        Assert.Contains("Weekly review", replies.Text);
        Assert.Contains("/review N your answer", replies.Text);
    }
}
