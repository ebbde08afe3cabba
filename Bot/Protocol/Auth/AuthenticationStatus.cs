namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>How a request's token was judged; maps to 200, 401 and 403.</summary>
public enum AuthenticationStatus
{
    Authenticated,
    ValidationDisabled,
    Unauthorized,
    Forbidden,
}
