using TeamsBot.Cards;

namespace TeamsBot.Sparring;

/// <summary>One team's part of the /bagvagt answer: its name when there are several, who is on call now.</summary>
public sealed record TeamOnCall(string? TeamName, OnCallNow Now);

/// <summary>
/// The answer to <c>/bagvagt</c> for anyone, anywhere: who is on call now, until when, the backup, and call buttons. A
/// team without a roster shows the configured sparring contact instead, so a card never names two contacts.
/// </summary>
public static class OnCallCard
{
    /// <param name="teams">The team asked about, or each team when it is not known which.</param>
    /// <param name="configured">The configured sparring contact, for a team without a roster.</param>
    public static AdaptiveCard Build(IReadOnlyList<TeamOnCall> teams, SparringLine configured, RosterWords words, DateOnly today)
    {
        var texts = words.Texts;
        var title = teams is [{ TeamName: { } name }] ? texts.Get("OnCall.TeamTitle", name) : texts["OnCall.Title"];
        List<CardElement> body = [TextBlock.Heading(title)];
        List<CardAction> actions = [];
        if (teams.Count == 0)
        {
            body.Add(new TextBlock(texts["OnCall.NoTeam"]));
        }

        foreach (var team in teams)
        {
            if (teams.Count > 1 && team.TeamName is { } teamName)
            {
                body.Add(new TextBlock(teamName) { Weight = "Bolder", Spacing = "Medium" });
            }

            if (team.Now.HasRoster)
            {
                body.AddRange(OnCallElements.Body(team.Now, words, today));
                actions.AddRange(OnCallElements.Calls(team.Now, words));
                continue;
            }

            body.Add(new TextBlock(texts["OnCall.NoRoster"]) { IsSubtle = true });
            if (configured.Contact is { } contact)
            {
                body.Add(new TextBlock(contact) { Weight = "Bolder", Spacing = "Small" });
                if (configured.Call is { } call && !actions.Contains(call))
                {
                    actions.Add(call);
                }
            }
        }

        body.Add(new TextBlock(texts["OnCall.Learning"]) { IsSubtle = true, Spacing = "Medium" });
        return new AdaptiveCard(body, actions.Count > 0 ? actions : null) { Speak = title };
    }
}
