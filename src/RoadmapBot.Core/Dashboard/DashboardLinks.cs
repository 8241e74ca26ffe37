using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Dashboard;

/// <summary>Makes and checks the signed links to a member's dashboard and calendar feed, with one key shared by every instance.</summary>
public sealed partial class DashboardLinks(SharedSecrets secrets, IOptions<DashboardOptions> options, IDashboardAddress address, TimeProvider time)
{
    public const string SecretName = "dashboard-signing-key";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private byte[]? _key;

    public ValueTask<string?> BaseUrlAsync(CancellationToken ct) => address.BaseUrlAsync(ct);

    /// <summary>A new token for <paramref name="member"/>, signed now.</summary>
    public async Task<string> TokenAsync(Member member, LinkKind kind, CancellationToken ct)
    {
        var generation = LinkSettings.Parse(member.Settings).GenerationOf(kind);
        return new LinkToken(kind, member.Id, generation, time.GetUtcNow()).Sign(await KeyAsync(ct));
    }

    /// <summary>The path of a link (after the base URL): /dashboard/ID/TOKEN/ or /calendar/ID/TOKEN.ics.</summary>
    public static string PathOf(LinkKind kind, long memberId, string token) =>
        kind == LinkKind.Dashboard ? $"/dashboard/{memberId}/{token}/" : $"/calendar/{memberId}/{token}.ics";

    /// <summary>
    /// <paramref name="text"/> with the token of every dashboard or calendar link in it replaced by "***": for logs, where a
    /// request path or a platform's error (which may quote a whole button URL) would otherwise carry a working link.
    /// </summary>
    public static string Redact(string text) => LinkInText().Replace(text, "$1***$2");

    // The token runs to the first character no token has; ".ics" at its end stays, even before a full stop.
    [GeneratedRegex(@"(/(?:dashboard|calendar)/\d+/)[A-Za-z0-9_.-]+?(?:(\.ics)(?![A-Za-z0-9_-])|(?=[^A-Za-z0-9_.-]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex LinkInText();

    /// <summary>Whether <paramref name="token"/> opens <paramref name="kind"/> for the member <paramref name="memberId"/> named in the URL.</summary>
    public async Task<LinkCheck> CheckAsync(RoadmapDbContext db, long memberId, string token, LinkKind kind, CancellationToken ct)
    {
        if (LinkToken.Read(token, await KeyAsync(ct)) is not { } read || read.Kind != kind || read.MemberId != memberId)
            return new LinkCheck(LinkVerdict.Invalid);
        if (await MemberInSpace.For(db)(db, memberId, ct) is not { } owner)
            return new LinkCheck(LinkVerdict.Revoked);  // the member asked /forget me
        if (LinkSettings.Parse(owner.Member.Settings).GenerationOf(kind) != read.Generation)
            return new LinkCheck(LinkVerdict.Revoked);
        if (kind == LinkKind.Dashboard && time.GetUtcNow() - read.IssuedAt > Lifetime)
            return new LinkCheck(LinkVerdict.Expired);
        return new LinkCheck(LinkVerdict.Valid, owner.Member, owner.Space);
    }

    private sealed record Owner(Member Member, Space Space);

    // The member with their space in one statement, compiled once per model: every dashboard page and picture checks its link.
    private static readonly CompiledPerModel<Func<RoadmapDbContext, long, CancellationToken, Task<Owner?>>> MemberInSpace = new(_ =>
        EF.CompileAsyncQuery((RoadmapDbContext db, long memberId, CancellationToken ct) =>
            db.Members.AsNoTracking().Where(m => m.Id == memberId)
                .Join(db.Spaces.AsNoTracking(), m => m.SpaceId, s => s.Id, (m, s) => new Owner(m, s))
                .FirstOrDefault()));

    /// <summary>A value derived from the link that a page's form must send back: only someone who saw the page has it.</summary>
    public async Task<string> FormTokenAsync(string token, CancellationToken ct) =>
        Base64Url.EncodeToString(System.Security.Cryptography.HMACSHA256.HashData(await KeyAsync(ct), Encoding.UTF8.GetBytes("form|" + token))[..16]);

    private async Task<byte[]> KeyAsync(CancellationToken ct)
    {
        if (_key is not null)
            return _key;
        var configured = options.Value.SigningKey;
        return _key = string.IsNullOrWhiteSpace(configured)
            ? Base64Url.DecodeFromChars(await secrets.GetOrCreateAsync(SecretName, ct))
            : Encoding.UTF8.GetBytes(configured);
    }
}
