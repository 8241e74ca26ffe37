using RoadmapBot.Core.Chat;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Commands;
using RoadmapBot.Discord.Interactions;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using Fake = RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>The translator on its own: an interaction in, the <see cref="ChatMessage"/> the engine gets (or an answer of ours) out.</summary>
public sealed class InteractionTranslatorTests
{
    private readonly FakeDiscordRest _rest = new();
    private InteractionTranslator Translator => new(_rest);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Translation> TranslateAsync(Interaction interaction) =>
        Translator.TranslateCommandAsync(interaction, SlashCommands.Find(interaction.CommandName)!, Ct);

    [Fact]
    public async Task SlashCommandInAGuild_IsTheTypedLine_InTheChannelsGroupSpace_WithTheAdminBit()
    {
        var message = (await TranslateAsync(Fake.Command("done", ("key", "t1 t2")))).Message!;

        Assert.Equal((ChatPlatform.Discord, "800", true, "501", "Ana", "/done t1 t2", (bool?)true),
            (message.Platform, message.SpaceId, message.IsGroup, message.UserId, message.DisplayName, message.Text, message.SenderIsPlatformAdmin));
    }

    [Fact]
    public async Task MemberWithoutManageServer_IsNoAdmin_InADm_TheAnswerIsUnknown()
    {
        var inGuild = (await TranslateAsync(Fake.Command("today").By(Fake.Ben))).Message!;
        var inDm = (await TranslateAsync(Fake.Command("today").InDm())).Message!;

        Assert.Equal((false, "ben"), (inGuild.SenderIsPlatformAdmin, inGuild.DisplayName));
        Assert.Equal(("801", false, (bool?)null), (inDm.SpaceId, inDm.IsGroup, inDm.SenderIsPlatformAdmin));
    }

    [Fact]
    public async Task TrueSwitch_ReadsAsItsName_FalseOneIsLeftOut()
    {
        var confirm = Fake.Command("import") with { Options = [new InteractionOption("confirm", CommandOptionType.Boolean, "true")] };
        var not = Fake.Command("import") with { Options = [new InteractionOption("confirm", CommandOptionType.Boolean, "false")] };

        Assert.Equal("/import confirm", (await TranslateAsync(confirm)).Message?.Text);
        Assert.Equal("/import", (await TranslateAsync(not)).Message?.Text);
    }

    [Fact]
    public async Task ImportAttachment_BecomesTheFile()
    {
        var url = new Uri("https://cdn.example/plan.md");
        _rest.Files[url] = "# Plan\n"u8.ToArray();

        var message = (await TranslateAsync(WithFile(new InteractionAttachment(44, "plan.md", 7, url)))).Message!;

        var file = Assert.Single(message.Attachments);
        Assert.Equal(("plan.md", 7), (file.FileName, file.Content.Length));
    }

    [Fact]
    public async Task ImportAttachmentOfTheWrongKind_IsAnsweredWithoutDownloading()
    {
        var translation = await TranslateAsync(WithFile(new InteractionAttachment(44, "plan.pdf", 7, new Uri("https://cdn.example/plan.pdf"))));

        Assert.Null(translation.Message);
        Assert.False(string.IsNullOrEmpty(translation.Answer));
    }

    [Fact]
    public async Task ImportAttachmentLargerThanItsStatedSize_IsAnsweredWithTheLimit()
    {
        var url = new Uri("https://cdn.example/big.md");
        _rest.Files[url] = new byte[3 * 1024 * 1024];

        var translation = await TranslateAsync(WithFile(new InteractionAttachment(44, "big.md", 1000, url)));

        Assert.Null(translation.Message);
        Assert.Equal("The file is larger than 1 MB; roadmaps are limited to 1 MB.", translation.Answer);
    }

    [Theory]
    [InlineData(404, "its link has expired")]
    [InlineData(503, "Discord answered 503")]
    public async Task ImportAttachmentThatCannotBeDownloaded_IsAnsweredInOneLine_AskingForTheFileAgain(int status, string why)
    {
        var url = new Uri("https://cdn.example/missing.md");
        _rest.Fail(nameof(FakeDiscordRest.DownloadAttachmentAsync), new DiscordApiException(status, null, "attachment download failed"));

        var translation = await TranslateAsync(WithFile(new InteractionAttachment(44, "missing.md", 1000, url)));

        Assert.Null(translation.Message);
        Assert.Equal($"I could not download missing.md from Discord ({why}); attach it to /import again.", translation.Answer);
    }

    [Fact]
    public void ButtonPress_IsTheButtonsCommand_TypedByThePresser()
    {
        var message = InteractionTranslator.ToChatMessage(Fake.Button("rb:/done t5").By(Fake.Ben, Fake.ManageServer), "/done t5");

        Assert.Equal(("502", "/done t5", (bool?)true), (message.UserId, message.Text, message.SenderIsPlatformAdmin));
    }

    private static Interaction WithFile(InteractionAttachment file) => Fake.Command("import") with
    {
        Options = [new InteractionOption("file", CommandOptionType.Attachment, "44")],
        Attachments = new Dictionary<ulong, InteractionAttachment> { [44] = file },
    };
}
