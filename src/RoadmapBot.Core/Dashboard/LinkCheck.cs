using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Dashboard;

/// <summary>What a link turned out to be: valid (with its member and space), or why not.</summary>
public sealed record LinkCheck(LinkVerdict Verdict, Member? Member = null, Space? Space = null)
{
    public bool IsValid => Verdict == LinkVerdict.Valid;
}

/// <summary>Why a link opens or not; Invalid also covers a link of one member used with another member's id.</summary>
public enum LinkVerdict { Valid, Invalid, Expired, Revoked }
