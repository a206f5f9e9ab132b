using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Conversations;
using TeamsBot.Localization;

namespace TeamsBot.Sparring;

/// <summary>
/// What a shift card says about sparring: the line that frames asking as normal, and the configured contact with a
/// call button; <see cref="Contact"/> and <see cref="Call"/> are null where the team's on-call roster names who to
/// call instead (the roster's own card content does), so a card never names two contacts.
/// </summary>
public sealed record SparringLine(string Intro, string? Contact, CardAction? Call);

/// <summary>
/// Who a counsellor can turn to for sparring, as cards show it: the team's on-call roster where it keeps one (see
/// <see cref="RosterReader"/>), else the configured contact (<c>Sparring:Contact</c>).
/// </summary>
public sealed class SparringContacts(IOptions<SparringOptions> options, Texts<Strings> texts, RosterReader? rosters = null)
{
    /// <summary>The line that frames asking as normal and a wish to learn (seed advice 6).</summary>
    public string Intro => texts["Sparring.Intro"];

    /// <summary>The configured contact, for cards that know no team.</summary>
    public SparringLine Configured => new(Intro, Describe(), CallAction());

    /// <summary>
    /// For a card about a shift in <paramref name="channelId"/>: the configured contact only when that channel's team
    /// keeps no on-call roster (or it cannot be read); otherwise the intro alone, the roster's content naming who is on call.
    /// </summary>
    public async Task<SparringLine> ForChannelAsync(string channelId, CancellationToken cancellationToken) =>
        rosters is not null && await rosters.OfChannelAsync(channelId, cancellationToken) is not null
            ? new SparringLine(Intro, null, null)
            : Configured;

    /// <summary>Who to call, in words: name and phone, or that nobody is configured.</summary>
    public string Describe()
    {
        var contact = options.Value.Contact;
        return !contact.IsConfigured ? texts["Sparring.NotConfigured"]
            : string.IsNullOrWhiteSpace(contact.Phone) ? contact.Name!
            : texts.Get("Sparring.Contact", contact.Name, contact.Phone);
    }

    /// <summary>A Teams call deep link to the contact, when their sign-in name is configured.</summary>
    public CardAction? CallAction()
    {
        var upn = options.Value.Contact.TeamsUserPrincipalName;
        return string.IsNullOrWhiteSpace(upn)
            ? null
            : new OpenUrlAction(texts["Sparring.Call"], TeamsLinks.Call(upn));
    }
}
