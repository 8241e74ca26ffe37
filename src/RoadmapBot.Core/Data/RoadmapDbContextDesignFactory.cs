using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RoadmapBot.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add X --project src/RoadmapBot.Core</c> work without the Host.</summary>
public sealed class RoadmapDbContextDesignFactory : IDesignTimeDbContextFactory<RoadmapDbContext>
{
    public RoadmapDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RoadmapDbContext>().UseSqlite(SqliteConnectionStrings.For("design.db")).Options);
}
