using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary>"Who to call for sparring", shared by the rituals until rosters exist.</summary>
public static class SparringContactElements
{
    public static string Describe(SparringContact contact, Texts texts) =>
        !contact.IsConfigured ? texts["Sparring.NotConfigured"]
        : string.IsNullOrWhiteSpace(contact.Phone) ? contact.Name!
        : texts.Get("Sparring.Contact", contact.Name, contact.Phone);

    /// <summary>A Teams call deep link to the contact, when their sign-in name is configured.</summary>
    public static CardAction? CallAction(SparringContact contact, Texts texts) =>
        string.IsNullOrWhiteSpace(contact.TeamsUserPrincipalName)
            ? null
            : new OpenUrlAction(texts["Sparring.Call"],
                new Uri("https://teams.microsoft.com/l/call/0/0?users=" + Uri.EscapeDataString(contact.TeamsUserPrincipalName)));
}
