namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>What a gateway close means for us (spec §1.4, Discord's close-code table).</summary>
internal static class GatewayCloseCodes
{
    public static GatewayNext Decide(int? code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => GatewayNext.Fatal,          // bad token, sharding, version, intents: retrying cannot help
        4003 or 4007 or 4009 => GatewayNext.Identify,                 // not authenticated, invalid seq, session timed out
        _ => GatewayNext.Resume,                                      // 4000–4002, 4005, 4008, 1000/1001, no code: resume is free
    };

    public static string Describe(int? code) => code switch
    {
        null => "closed without a code",
        4000 => "unknown error",
        4001 => "unknown opcode (we sent something wrong)",
        4002 => "decode error (we sent something wrong)",
        4003 => "not authenticated",
        4004 => "authentication failed: the bot token is wrong",
        4005 => "already authenticated",
        4007 => "invalid sequence",
        4008 => "rate limited (we sent too fast)",
        4009 => "session timed out",
        4010 => "invalid shard",
        4011 => "sharding required",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable them in the Developer Portal or stop asking for them",
        _ => $"close code {code}",
    };
}

internal enum GatewayNext { Resume, Identify, Fatal }
