using RoadmapBot.Host.Cli;

return args.FirstOrDefault() switch
{
    "import" => ImportCli.Run(args[1..], Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: roadmapbot [run|chat|import] …  (roadmapbot import FILE [--json])");
    return 2;
}
