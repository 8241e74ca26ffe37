using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Dashboard;

/// <summary>The project items (projects, capstones) as a gallery: each with its deliverable and the member's proof link.</summary>
public static class ProjectGallery
{
    public static IReadOnlyList<DashboardCard> Build(DashboardSnapshot snapshot, DashboardFilter filter) =>
        [.. snapshot.Cards(filter).Where(c => c.Item.Kind == ItemKind.Project)];

    /// <summary>The proof link when it is a web address a page may link to (http or https); null for anything else.</summary>
    public static string? SafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
