using RoadmapBot.Core.Commands.Plain;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Verification;

namespace RoadmapBot.Core.Commands;

/// <summary>The command table: one verb, one handler.</summary>
public sealed class CommandRouter(HabitVerifier verifier)
{
    public IChatCommand? Find(string verb) => verb switch
    {
        "start" => new StartCommand(),
        "help" => new HelpCommand(),
        "import" => new ImportCommand(),
        "roadmap" => new RoadmapCommand(),
        "export" => new ExportCommand(),
        "plan" => new PlanCommand(),
        "replan" => new ReplanCommand(),
        "verify" => new VerifyCommand(verifier),
        "today" => new TodayCommand(),
        "tasks" => new TasksCommand(),
        "task" => new TaskCommand(),
        "done" => new StatusCommand(ItemStatus.Done),
        "doing" => new StatusCommand(ItemStatus.Doing),
        "blocked" => new StatusCommand(ItemStatus.Blocked),
        "todo" => new StatusCommand(ItemStatus.Todo),
        "skip" => new StatusCommand(ItemStatus.Skipped),
        "proof" => new ProofCommand(),
        "note" => new NoteCommand(),
        "log" => new LogCommand(),
        "check" => new CheckCommand(),
        "undo" => new UndoCommand(),
        "yes" => new YesCommand(this),
        "progress" => new ProgressCommand(),
        "phase" => new PhaseCommand(),
        "week" => new WeekCommand(),
        "review" => new ReviewCommand(),
        "streak" => new StreakCommand(),
        "board" => new BoardCommand(),
        "buddy" => new BuddyCommand(),
        "rest" => new RestCommand(),
        "daystart" => new DayStartCommand(),
        "share" => new ShareCommand(),
        "link" => new LinkCommand(),
        "timezone" => new TimeZoneCommand(),
        "remind" => new RemindCommand(),
        "snooze" => new SnoozeCommand(),
        "quiet" => new QuietCommand(),
        "pause" => new PauseCommand(),
        "resume" => new ResumeCommand(),
        "dashboard" => new WebLinkCommand(LinkKind.Dashboard),
        "calendar" => new WebLinkCommand(LinkKind.Calendar),
        "forget" => new ForgetCommand(),
        _ => null,
    };
}
