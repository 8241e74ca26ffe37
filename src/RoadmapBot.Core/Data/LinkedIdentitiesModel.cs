using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Data;

/// <summary>The tables and keys of linked identities: a member's link to their primary account, codes and wrong tries.</summary>
internal static class LinkedIdentitiesModel
{
    public static void Configure(ModelBuilder model)
    {
        // An index, not a foreign key: adding one to Members would make SQLite rebuild the table outside the migration's
        // transaction. A link whose primary was deleted (/forget me there) is dropped when the account next writes.
        model.Entity<Member>().HasIndex(m => m.LinkedToMemberId);
        model.Entity<LinkCode>().HasIndex(c => c.CodeHash).IsUnique();
        model.Entity<LinkCode>().HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        model.Entity<LinkAttempt>().HasIndex(a => new { a.MemberId, a.At });
        model.Entity<LinkAttempt>().HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
