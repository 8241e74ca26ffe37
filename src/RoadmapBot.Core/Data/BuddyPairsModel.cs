using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Data;

/// <summary>The buddy pairs' table: gone with either member (/forget me) or the space.</summary>
internal static class BuddyPairsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<BuddyPair>().Ignore(p => p.Confirmed);
        model.Entity<BuddyPair>().HasIndex(p => new { p.SpaceId, p.AskerId, p.BuddyId }).IsUnique();
        model.Entity<BuddyPair>().HasIndex(p => p.BuddyId);
        model.Entity<BuddyPair>().HasOne<Space>().WithMany().HasForeignKey(p => p.SpaceId).OnDelete(DeleteBehavior.Cascade);
        model.Entity<BuddyPair>().HasOne<Member>().WithMany().HasForeignKey(p => p.AskerId).OnDelete(DeleteBehavior.Cascade);
        model.Entity<BuddyPair>().HasOne<Member>().WithMany().HasForeignKey(p => p.BuddyId).OnDelete(DeleteBehavior.Cascade);
    }
}
