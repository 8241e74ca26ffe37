using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RoadmapBot.Core.Data;

/// <summary>
/// A query compiled with <c>EF.CompileAsyncQuery</c> once per EF model: a compiled query refuses a context of another model,
/// and each provider (SQLite, PostgreSQL) has its own. The bot has one model; tests have one per provider and setup.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<RoadmapDbContext, TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model (compiled on the model's first call).</summary>
    public TQuery For(RoadmapDbContext db) =>
        _compiled.TryGetValue(db.Model, out var query) ? query : _compiled.GetValue(db.Model, _ => compile(db));
}
