using System.Net;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

public sealed class InstallAndWelcomeTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Install_in_personal_chat_stores_the_reference_and_sends_one_welcome_card()
    {
        using var response = await _app.PostActivityAsync(Samples.Fresh("installationUpdate-personal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal("send", sent.Operation);
        Assert.Equal("9d04fb34-e1ad-4a99-88e9-9178312c341a", sent.ConversationId);
        Assert.Contains("Welcome to OutcomesBot", sent.CardText);
        Assert.Contains("For staff", sent.CardText);
        Assert.Contains("For team leaders", sent.CardText);
        Assert.Contains("For champions", sent.CardText);
        Assert.Contains("exercises.open", CardTexts.Verbs(sent.Card!.Value));
        Assert.Equal("user-id-0", sent.Activity.Recipient?.Id);

        var reference = await _app.Get<IConversationStore>().FindPersonalAsync("user-id-0", Token);
        Assert.NotNull(reference);
        Assert.Equal(ConversationKind.Personal, reference.Kind);
        Assert.Equal("http://localhost:56150/_connector", reference.ServiceUrl);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", reference.TenantId);
        Assert.Equal("00000000-0000-0000-0000-00000000000011", reference.BotId);
        Assert.True(reference.IsInstalled);

        var person = await _app.Get<IPersonStore>().GetAsync("user-id-0", Token);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", person?.AadObjectId);
    }

    [Fact]
    public async Task InstallationUpdate_and_conversationUpdate_together_bring_one_welcome()
    {
        await Task.WhenAll(
            _app.PostActivityAsync(Samples.Fresh("installationUpdate-personal")),
            _app.PostActivityAsync(Samples.Fresh("conversationUpdate-personal")));

        Assert.Single(_app.Connector.Sent);
    }

    [Fact]
    public async Task A_message_in_a_team_channel_records_the_team_and_its_sender_as_a_member()
    {
        await _app.PostActivityAsync(Samples.Fresh("message-channel"));

        var team = await _app.Get<ITeamStore>().GetTeamAsync("team-id", Token);
        Assert.Equal(("00000000-0000-0000-0000-0000000000001", "http://localhost:56150/_connector"), (team?.TenantId, team?.ServiceUrl));
        var member = await _app.Get<ITeamStore>().GetMemberAsync("team-id", "00000000-0000-0000-0000-0000000000020", Token);
        Assert.Equal(("user-id-0", "Alex Wilber", false), (member?.TeamsUserId, member?.Name, member?.IsOwner));
        Assert.Equal(TeamRole.Staff, await _app.Get<TeamRoles>().RoleOfAsync("team-id", "00000000-0000-0000-0000-0000000000020", Token));
    }

    [Fact]
    public async Task A_later_channel_message_with_a_new_team_or_sender_name_updates_the_stored_names()
    {
        await _app.PostActivityAsync(Samples.Fresh("message-channel"));
        var renamed = Samples.Fresh("message-channel");
        renamed["from"]!["name"] = "Alex W.";
        renamed["channelData"]!["team"]!["name"] = "Riverside Team";

        await _app.PostActivityAsync(renamed);

        Assert.Equal("Riverside Team", (await _app.Get<ITeamStore>().GetTeamAsync("team-id", Token))?.Name);
        Assert.Equal("Alex W.", (await _app.Get<ITeamStore>().GetMemberAsync("team-id", "00000000-0000-0000-0000-0000000000020", Token))?.Name);
    }

    [Fact]
    public async Task Install_in_a_team_welcomes_the_channel_and_explains_mentions()
    {
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal("team-id", sent.ConversationId);
        Assert.Contains("@mention", sent.CardText);
        var reference = await _app.Get<IConversationStore>().GetAsync("team-id", Token);
        Assert.Equal(ConversationKind.Channel, reference?.Kind);
        Assert.Equal("My Team", reference?.TeamName);
        Assert.Null(reference?.UserId);
    }

    [Fact]
    public async Task Install_in_a_group_chat_welcomes_the_group()
    {
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-groupChat"));

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Equal("c211273b-ef9d-47f4-983a-45397c951187", sent.ConversationId);
        var reference = await _app.Get<IConversationStore>().GetAsync(sent.ConversationId, Token);
        Assert.Equal(ConversationKind.GroupChat, reference?.Kind);
        Assert.Equal("Group Chat", reference?.Name);
    }

    [Fact]
    public async Task Uninstall_marks_the_conversation_and_a_reinstall_welcomes_again()
    {
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-personal"));
        var removal = Samples.Fresh("installationUpdate-personal");
        removal["action"] = "remove";

        await _app.PostActivityAsync(removal);
        var afterRemoval = await _app.Get<IConversationStore>().FindPersonalAsync("user-id-0", Token);
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-personal"));

        Assert.False(afterRemoval?.IsInstalled);
        Assert.Equal(2, _app.Connector.Sent.Count);
        Assert.True((await _app.Get<IConversationStore>().FindPersonalAsync("user-id-0", Token))?.IsInstalled);
    }

    [Fact]
    public async Task A_failed_welcome_is_sent_when_Teams_retries_the_event()
    {
        var install = Samples.Fresh("installationUpdate-personal");
        _app.Connector.BeforeSend = _ => throw new HttpRequestException("connector down");

        using var failed = await _app.PostActivityAsync(install);
        _app.Connector.BeforeSend = null;
        using var retried = await _app.PostActivityAsync(install);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(_app.Connector.Sent);
    }

    [Fact]
    public async Task A_message_records_the_person_with_their_time_zone()
    {
        var message = Samples.Fresh("message-personal");
        message["localTimezone"] = "Europe/London";
        message["text"] = "help";

        await _app.PostActivityAsync(message);

        var person = await _app.Get<IPersonStore>().GetAsync("user-id-0", Token);
        Assert.Equal("Europe/London", person?.TimeZone);
        Assert.Equal("Alex Wilber", person?.Name);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_not_stored()
    {
        var message = Samples.Fresh("message-personal");
        message["localTimezone"] = "Mars/Olympus_Mons";

        await _app.PostActivityAsync(message);

        var person = await _app.Get<IPersonStore>().GetAsync("user-id-0", Token);
        Assert.NotNull(person);
        Assert.Null(person.TimeZone);
    }
}
