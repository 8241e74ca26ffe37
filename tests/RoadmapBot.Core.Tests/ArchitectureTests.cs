using System.Reflection;
using NetArchTest.Rules;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests;

/// <summary>Core's folders in layers (CONTRIBUTING.md draws them): each may use only the folders listed for it, all of them lower.</summary>
public sealed class ArchitectureTests
{
    private const string Core = "RoadmapBot.Core";

    // Bottom first. A folder lists what it may use; the lists name only earlier rows, so no cycle can be written down.
    private static readonly (string Folder, string[] MayUse)[] Layers =
    [
        ("Roadmaps", []),
        ("Chat", []),
        ("Scheduling", ["Roadmaps"]),
        ("Import", ["Roadmaps", "Chat"]),
        ("Data", ["Roadmaps", "Chat", "Scheduling"]),
        ("Diagnostics", ["Chat", "Data"]),
        ("Progress", ["Roadmaps", "Chat", "Scheduling", "Data"]),
        ("Charts", ["Roadmaps", "Chat", "Scheduling", "Data", "Progress"]),
        ("Storing", ["Roadmaps", "Import", "Data", "Progress"]),
        ("Views", ["Roadmaps", "Chat", "Scheduling", "Data", "Progress"]),
        ("Verification", ["Roadmaps", "Chat", "Scheduling", "Data", "Progress"]),
        ("Dashboard", ["Roadmaps", "Chat", "Scheduling", "Data", "Progress", "Charts", "Views"]),
        ("Commands", ["Roadmaps", "Chat", "Scheduling", "Import", "Data", "Diagnostics", "Progress", "Charts", "Storing", "Views", "Verification", "Dashboard"]),
        ("Reminders", ["Roadmaps", "Chat", "Scheduling", "Data", "Diagnostics", "Progress", "Charts", "Views", "Verification"]),
        ("Groups", ["Chat", "Scheduling", "Data"]),
    ];

    public static TheoryData<string> Folders() => [.. Layers.Select(l => l.Folder)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_UsesOnlyTheFoldersBelowItThatItLists(string folder)
    {
        var mayUse = Layers.Single(l => l.Folder == folder).MayUse;
        var forbidden = Layers.Select(l => l.Folder).Where(f => f != folder && !mayUse.Contains(f)).Select(f => $"{Core}.{f}").ToArray();

        var result = Types.InAssembly(typeof(Roadmap).Assembly)
            .That().ResideInNamespace($"{Core}.{folder}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{folder} uses a folder it must not: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Layers_ListOnlyEarlierFolders_SoTheyHaveNoCycle()
    {
        for (var i = 0; i < Layers.Length; i++)
            Assert.All(Layers[i].MayUse, used => Assert.Contains(used, Layers.Take(i).Select(l => l.Folder)));
    }

    [Fact]
    public void EveryCoreNamespace_HasItsPlaceInTheLayers()
    {
        var folders = typeof(Roadmap).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith($"{Core}.", StringComparison.Ordinal))
            .Select(n => n![(Core.Length + 1)..].Split('.')[0])
            .Distinct();

        Assert.All(folders, f => Assert.Contains(f, Layers.Select(l => l.Folder)));
    }

    [Fact]
    public void Core_NamesNoPlatformInItsNamespacesTypesOrMembers()
    {
        // ChatPlatform's values are data (which platform a space is on) and stay.
        var named = typeof(Roadmap).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(Core, StringComparison.Ordinal) == true && !t.Namespace.Contains(".Migrations", StringComparison.Ordinal) && !t.IsEnum)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(m => $"{t.FullName}.{m.Name}").Prepend(t.FullName!))
            .Where(name => name.Contains("Telegram", StringComparison.Ordinal) || name.Contains("Discord", StringComparison.Ordinal));

        Assert.Empty(named);
    }
}
