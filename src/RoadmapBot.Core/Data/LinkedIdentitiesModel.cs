using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Data;

/// <summary>The tables and keys of linked identities: a member's link to their primary account, codes and wrong tries.</summary>
internal static class LinkedIdentitiesModel
{
    public static void Configure(ModelBuilder model)
    {
        // Deleting the primary (/forget me there) leaves the linked account on its own again.
        model.Entity<Member>().HasOne<Member>().WithMany().HasForeignKey(m => m.LinkedToMemberId).OnDelete(DeleteBehavior.SetNull);
        model.Entity<LinkCode>().HasIndex(c => c.CodeHash).IsUnique();
        model.Entity<LinkCode>().HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        model.Entity<LinkAttempt>().HasIndex(a => new { a.MemberId, a.At });
        model.Entity<LinkAttempt>().HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
