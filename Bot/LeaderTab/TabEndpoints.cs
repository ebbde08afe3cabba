using System.Text;
using OutcomesBot.Dialogs.Momentum.LeaderTab;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>
/// The leaders' tab: its page and assets (wwwroot/tab) and its API under /tab/api, which answers only a signed-in person
/// (<see cref="TabAuthentication"/>). The person comes from the token alone; a team's figures go only to someone who leads
/// that team in the token's tenant, checked on the server from the stored roster as the cards do (403 otherwise).
/// </summary>
public static class TabEndpoints
{
    public const string ApiPath = "/tab/api";

    public static IEndpointRouteBuilder MapLeaderTab(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiPath).RequireAuthorization(TabAuthentication.Policy);
        api.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
        api.MapGet("/me", MeAsync);
        api.MapGet("/me/history", HistoryAsync);
        api.MapGet("/team/dashboard", DashboardAsync);
        api.MapGet("/team/export.csv", ExportAsync);
        return endpoints;
    }

    private static async Task<IResult> MeAsync(HttpContext http, TeamRoles roles)
    {
        var person = TabPerson.From(http.User)!;
        var led = await roles.TeamsWhereAsync(person.AadObjectId, TeamRole.Leader, http.RequestAborted);
        var teams = led.Where(t => person.TenantId is null || t.TenantId == person.TenantId).Select(t => new { teamId = t.TeamId, name = t.Name ?? "Your team" });
        return Results.Ok(new { leads = teams.ToList(), ranges = TabRange.All.Select(r => new { key = r.Key, label = r.Label }) });
    }

    private static async Task<IResult> HistoryAsync(HttpContext http, string? range, IPersonStore people, ITeamStore teams, PersonalHistoryReader history)
    {
        if (TabRange.Parse(range) is not { } tabRange)
        {
            return BadRange();
        }

        var person = TabPerson.From(http.User)!;
        var personId = (await people.FindByAadObjectIdAsync(person.AadObjectId, http.RequestAborted))?.TeamsUserId
            ?? (await teams.ListMembershipsAsync(person.AadObjectId, http.RequestAborted)).Select(m => m.TeamsUserId).FirstOrDefault(id => id is not null);
        return Results.Ok(await history.ReadAsync(personId, tabRange, http.RequestAborted));
    }

    private static async Task<IResult> DashboardAsync(HttpContext http, string? teamId, string? range, ITeamStore teams, TeamRoles roles, TeamDashboardReader reader) =>
        await WithLedTeamAsync(http, teamId, range, teams, roles, async (team, tabRange) => Results.Ok(await reader.ReadAsync(team, tabRange, http.RequestAborted)));

    private static async Task<IResult> ExportAsync(HttpContext http, string? teamId, string? range, ITeamStore teams, TeamRoles roles, TeamDashboardReader reader) =>
        await WithLedTeamAsync(http, teamId, range, teams, roles, async (team, tabRange) =>
        {
            var csv = TabCsv.Write(await reader.ReadAsync(team, tabRange, http.RequestAborted));
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"team-momentum-{tabRange.Key}.csv");
        });

    private static async Task<IResult> WithLedTeamAsync(
        HttpContext http, string? teamId, string? range, ITeamStore teams, TeamRoles roles, Func<Team, TabRange, Task<IResult>> show)
    {
        if (TabRange.Parse(range) is not { } tabRange)
        {
            return BadRange();
        }

        var person = TabPerson.From(http.User)!;
        var team = string.IsNullOrWhiteSpace(teamId) ? null : await teams.GetTeamAsync(teamId, http.RequestAborted);
        if (team is null || (person.TenantId is not null && team.TenantId != person.TenantId)
            || await roles.RoleOfAsync(team.TeamId, person.AadObjectId, http.RequestAborted) != TeamRole.Leader)
        {
            // The same answer for a team that does not exist, is another tenant's or is not led by this person.
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not one of your teams",
                detail: "The team view is for the team's leaders. Your own history is under My history.");
        }

        return await show(team, tabRange);
    }

    private static IResult BadRange() => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown range",
        detail: "range must be one of " + string.Join(", ", TabRange.All.Select(r => r.Key)) + ".");
}
