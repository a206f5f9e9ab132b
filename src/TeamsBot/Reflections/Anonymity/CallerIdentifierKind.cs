namespace TeamsBot.Reflections.Anonymity;

/// <summary>A kind of caller identifier the anonymous service must never store.</summary>
public enum CallerIdentifierKind
{
    CprNumber,
    PhoneNumber,
    EmailAddress,
}
