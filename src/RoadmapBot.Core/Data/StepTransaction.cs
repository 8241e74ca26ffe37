using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace RoadmapBot.Core.Data;

/// <summary>
/// A transaction for one step of a change: its own when none is open, else a part of the caller's, so that the caller can
/// put the step and what must go with it (its audit entry) in one commit. It commits only what it began.
/// </summary>
public sealed class StepTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    private StepTransaction(IDbContextTransaction? own) => _own = own;

    public static async Task<StepTransaction> BeginAsync(DbContext db, CancellationToken ct) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null);

    public Task CommitAsync(CancellationToken ct) => _own?.CommitAsync(ct) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
