using Bot.Protocol.Connector;
using TeamsBot.Organisation;

namespace TeamsBot.Conversations;

/// <summary>
/// Links that call or chat with a person in Teams. Teams' links take the sign-in name (UPN) only, which activities do
/// not carry; member lists do. So the name comes from the people directory (kept from a member list, e.g. the roster
/// forms'), else from one member look-up in the person's 1:1 chat, remembered for next time. No link when neither
/// knows it: a card then names the person without a button rather than offering one that opens nothing.
/// </summary>
public sealed class ContactLinks(PeopleDirectory people, ConversationReferenceStore references, IConnectorClient connector, ILogger<ContactLinks> log)
{
    public async Task<Uri?> CallAsync(Person person, CancellationToken cancellationToken) =>
        await UserPrincipalNameAsync(person, cancellationToken) is { } upn ? TeamsLinks.Call(upn) : null;

    public async Task<Uri?> ChatAsync(Person person, CancellationToken cancellationToken) =>
        await UserPrincipalNameAsync(person, cancellationToken) is { } upn ? TeamsLinks.Chat(upn) : null;

    /// <summary>The person's sign-in name; null when it cannot be learnt (no 1:1 chat known, the look-up failed).</summary>
    public async Task<string?> UserPrincipalNameAsync(Person person, CancellationToken cancellationToken)
    {
        if (person.EntraId is { } entraId && (await people.FindAsync(entraId, cancellationToken))?.UserPrincipalName is { Length: > 0 } known)
        {
            return known;
        }

        if (await references.GetUserAsync(person.TeamsId, cancellationToken) is not { ConversationId: { } chat } reference)
        {
            return null;
        }

        try
        {
            var member = await connector.GetMemberAsync(reference.ServiceUrl, chat, person.TeamsId, cancellationToken);
            await people.RememberMemberAsync(member, cancellationToken);
            return string.IsNullOrWhiteSpace(member.UserPrincipalName) ? null : member.UserPrincipalName;
        }
        catch (ConnectorException e)
        {
            Log.MemberLookupFailed(log, e, person.TeamsId);
            return null;
        }
    }
}
