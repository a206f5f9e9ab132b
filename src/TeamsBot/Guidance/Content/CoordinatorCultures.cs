using System.Globalization;
using TeamsBot.Conversations;
using TeamsBot.Localization;

namespace TeamsBot.Guidance.Content;

/// <summary>
/// The language to write to a person known only by Entra object id: their Teams locale as last seen on an activity
/// of theirs (the people directory gives their Teams id, the stored 1:1 reference the locale), else Danish.
/// </summary>
public sealed class CoordinatorCultures(PeopleDirectory people, ConversationReferenceStore references)
{
    public async Task<CultureInfo> OfAsync(string entraId, CancellationToken cancellationToken)
    {
        var teamsId = (await people.FindAsync(entraId, cancellationToken))?.TeamsId;
        var locale = teamsId is null ? null : (await references.GetUserAsync(teamsId, cancellationToken))?.Locale;
        return BotCultures.For(locale);
    }
}
