using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Data;

/// <summary>
/// Secrets made once per database: the first instance to insert a name wins, every other reads what it stored, so all
/// instances behind one load balancer use the same value. Never logged.
/// </summary>
public sealed class SharedSecrets(IDbContextFactory<RoadmapDbContext> contexts, TimeProvider time)
{
    /// <summary>The stored value for <paramref name="name"/>, made now when there is none: 32 random bytes in base64url.</summary>
    public async Task<string> GetOrCreateAsync(string name, CancellationToken ct)
    {
        if (await ReadAsync(name, ct) is { } stored)
            return stored;
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.SharedSecrets.Add(new SharedSecret { Name = name, Value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), CreatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the name between our read and our insert: its value is the one.
        }
        return await ReadAsync(name, ct) ?? throw new InvalidOperationException($"the shared secret '{name}' was neither stored nor found");
    }

    private async Task<string?> ReadAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SharedSecrets.Where(s => s.Name == name).Select(s => s.Value).FirstOrDefaultAsync(ct);
    }
}
