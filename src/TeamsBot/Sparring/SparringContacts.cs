using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Sparring;

/// <summary>
/// Who a counsellor can turn to for sparring right now, as cards show it. Today that is the configured contact;
/// the sparring feature grows this into the on-call roster.
/// </summary>
public sealed class SparringContacts(IOptions<SparringOptions> options, Texts<Strings> texts)
{
    /// <summary>The line that frames asking as normal and a wish to learn (seed advice 6).</summary>
    public string Intro => texts["Sparring.Intro"];

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
            : new OpenUrlAction(texts["Sparring.Call"], new Uri("https://teams.microsoft.com/l/call/0/0?users=" + Uri.EscapeDataString(upn)));
    }
}
