namespace RoadmapBot.Benchmarks.Startup;

/// <summary>The programs the bot is measured against, each a Program.cs of its own project outside the repository.</summary>
internal static class FloorSources
{
    /// <summary>The database file the dependencies program keeps, given by the harness.</summary>
    public const string DatabaseVariable = "ROADMAPBOT_FLOOR_DATABASE";

    // The floor for start-up and idle memory: ASP.NET Core's own template host, answering /readyz.
    public const string BareHost = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/readyz", () => "ok");
        app.Run();
        """;

    // The floor for a one-shot command: the runtime started, one line written, exit.
    public const string Hello = """Console.WriteLine("hello");""";

    /// <summary>The packages every <c>run</c> loads whatever is configured, at the bot's own versions.</summary>
    public static readonly string[] DependencyPackages = ["Microsoft.EntityFrameworkCore.Sqlite", "Quartz"];

    // Not a goal's floor, a reference: the bare host with only the fixed dependencies every `run` has doing the least the
    // bot does with them (an EF Core context on a SQLite file written and read at start and by /readyz, a Quartz job a
    // minute that reads it), so the idle goal can be read against what these two cost before any code of ours.
    public const string Dependencies = $$"""
        using Microsoft.EntityFrameworkCore;
        using Quartz;

        var builder = WebApplication.CreateBuilder(args);
        var file = Environment.GetEnvironmentVariable("{{DatabaseVariable}}") ?? "dependencies.db";
        builder.Services.AddPooledDbContextFactory<FloorDb>(o => o.UseSqlite($"Data Source={file}"));
        builder.Services.AddQuartz(q => q.ScheduleJob<Tick>(t => t.StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever())));
        builder.Services.AddQuartzHostedService();
        var app = builder.Build();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<FloorDb>>().CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
            db.Rows.Add(new Row { Name = "start", At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        app.MapGet("/readyz", async (IDbContextFactory<FloorDb> factory) =>
        {
            await using var db = await factory.CreateDbContextAsync();
            return await db.Rows.AnyAsync() ? Results.Ok("ok") : Results.StatusCode(503);
        });
        app.Run();

        public sealed class FloorDb(DbContextOptions<FloorDb> options) : DbContext(options)
        {
            public DbSet<Row> Rows => Set<Row>();
        }

        public sealed class Row
        {
            public long Id { get; set; }
            public string Name { get; set; } = "";
            public DateTimeOffset At { get; set; }
        }

        public sealed class Tick(IDbContextFactory<FloorDb> factory) : IJob
        {
            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                await db.Rows.CountAsync(r => r.Name == "start", cancellationToken);
            }
        }
        """;
}
