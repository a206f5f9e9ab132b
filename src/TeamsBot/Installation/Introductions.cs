using Bot.Protocol.Activities;
using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Installation;

/// <summary>What the bot says when it arrives: a short introduction in a team's channel, a welcome in a person's 1:1 chat.</summary>
public sealed class Introductions(Texts<Strings> texts, Roles roles, PeopleDirectory people, IOptions<ShiftOptions> shiftOptions)
{
    /// <summary>
    /// For everyone in the channel, so in the board's language (not the installer's): what the bot is for, <c>/checkin</c>,
    /// and who sets it up. Coordinators are named by their sign-in name when the bot has learnt it (a member list).
    /// </summary>
    public async Task<string> ForTeamAsync(Activity added, CancellationToken cancellationToken)
    {
        var names = await CoordinatorNamesAsync(cancellationToken);
        using (BotCultures.Use(BotCultures.For(shiftOptions.Value.BoardLanguage)))
        {
            var who = roles.Coordinators.Count == 0 ? texts["Intro.NoCoordinators"]
                : names.Count == 0 ? texts["Intro.Coordinators"]
                : texts.Get("Intro.CoordinatorsNamed", string.Join(", ", names));
            return texts.Get("Intro.Team", BotName(added)) + "\n\n" + who;
        }
    }

    /// <summary>In the person's own language (their Teams locale; Danish when Teams sends none).</summary>
    public string ForPerson(Activity added) => texts.Get("Welcome.Personal", BotName(added));

    private static string BotName(Activity activity) => activity.Recipient?.Name is { Length: > 0 } name ? name : "Vagtrum";

    private async Task<IReadOnlyList<string>> CoordinatorNamesAsync(CancellationToken cancellationToken)
    {
        List<string> names = [];
        foreach (var entraId in roles.Coordinators)
        {
            if ((await people.FindAsync(entraId, cancellationToken))?.UserPrincipalName is { Length: > 0 } upn)
            {
                names.Add(upn);
            }
        }

        return names;
    }
}
