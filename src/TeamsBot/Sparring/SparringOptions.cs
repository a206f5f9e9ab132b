namespace TeamsBot.Sparring;

/// <summary>Sparring settings (section <c>Sparring</c>).</summary>
public sealed class SparringOptions
{
    public const string SectionName = "Sparring";

    /// <summary>Where the contact was configured before it moved here; still read when <c>Sparring:Contact</c> is not set.</summary>
    public const string LegacyContactSection = "Shifts:SparringContact";

    /// <summary>Who to call for sparring, until rosters exist.</summary>
    public SparringContact Contact { get; set; } = new();
}

/// <summary>A person counsellors can call for sparring.</summary>
public sealed class SparringContact
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    /// <summary>Their Teams sign-in name (UPN), for a one-click Teams call.</summary>
    public string? TeamsUserPrincipalName { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Name);
}
