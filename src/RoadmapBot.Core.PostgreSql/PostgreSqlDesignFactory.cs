using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add X --project src/RoadmapBot.Core.PostgreSql</c> build the PostgreSQL model; adding a
/// migration needs no server, so the connection string is never opened.
/// </summary>
public sealed class PostgreSqlDesignFactory : IDesignTimeDbContextFactory<RoadmapDbContext>
{
    public RoadmapDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<RoadmapDbContext>();
        RoadmapDatabase.UsePostgreSql(builder, "Host=localhost;Database=roadmapbot_design");
        return new RoadmapDbContext(builder.Options);
    }
}
