namespace TeamsBot.Reflections;

/// <summary>How the contact took place (<c>contactForm</c>).</summary>
public enum ContactForm
{
    Phone,
    Chat,
    Video,
    InPerson,
}

/// <summary>Whether, and when, the counsellor wants sparring after the call (<c>sparring</c>).</summary>
public enum SparringNeed
{
    None,
    Now,
    LaterInShift,
    AfterShift,
}

/// <summary>
/// A filled-in form, validated (see <see cref="ReflectionValidation"/>). <see cref="Private"/> is the private text as
/// typed; it is empty on answers read back from storage, where the text is kept only encrypted.
/// </summary>
public sealed record ReflectionAnswers(
    ContactForm ContactForm,
    int Minutes,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Referrals,
    bool ChildConcern,
    int? Feeling,
    SparringNeed Sparring,
    bool Share,
    string Private = "")
{
    /// <summary>The same answers with the private text left out: what a stored reflection carries.</summary>
    public ReflectionAnswers WithoutPrivate() => this with { Private = string.Empty };

    public bool Equals(ReflectionAnswers? other) =>
        other is not null && ContactForm == other.ContactForm && Minutes == other.Minutes && Topics.SequenceEqual(other.Topics)
        && Referrals.SequenceEqual(other.Referrals) && ChildConcern == other.ChildConcern && Feeling == other.Feeling
        && Sparring == other.Sparring && Share == other.Share && Private == other.Private;

    public override int GetHashCode() => HashCode.Combine(ContactForm, Minutes, Topics.Count, Referrals.Count, ChildConcern, Feeling, Sparring, Share);
}
