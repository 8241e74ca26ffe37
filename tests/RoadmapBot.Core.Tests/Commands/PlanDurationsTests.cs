using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class PlanDurationsTests
{
    [Fact]
    public async Task PlanStart_DatesItemsOneAfterAnotherByTheirWrittenDurations()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync("# Data course\n\n## Pipelines\n\n- Batch processing (2 weeks)\n- Stream processing (1 week)\n- Orchestration (3 days)\n");

        await bot.SendAsync("/plan start 2026-01-05");

        await using var db = bot.Db();
        var due = await db.Items.OrderBy(i => i.Order).Select(i => i.DueDate).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([new DateOnly(2026, 1, 18), new DateOnly(2026, 1, 25), new DateOnly(2026, 1, 28)], due);
    }
}
