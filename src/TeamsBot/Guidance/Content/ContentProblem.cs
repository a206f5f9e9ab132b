namespace TeamsBot.Guidance.Content;

/// <summary>
/// Something wrong in a content file, at a 1-based line of the file. The text for people is
/// <c>Problem.{Code}</c> in this folder's <c>Strings.resx</c>, formatted with <see cref="Args"/> (words quoted from
/// the file, or a key's name), so a coordinator reads it in their language.
/// </summary>
public sealed record ContentProblem(int Line, ProblemCode Code, IReadOnlyList<string> Args)
{
    public ContentProblem(int line, ProblemCode code, params string[] args)
        : this(line, code, (IReadOnlyList<string>)args)
    {
    }

    /// <summary>A warning is reported but does not stop the file from loading (an unknown key, say).</summary>
    public bool IsWarning => Code is ProblemCode.UnknownKey;

    public bool Equals(ContentProblem? other) =>
        other is not null && Line == other.Line && Code == other.Code && Args.SequenceEqual(other.Args, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Line, Code, Args.Count == 0 ? null : Args[0]);

    /// <summary>For logs: the code, line and quoted words, in English-neutral form.</summary>
    public override string ToString() => $"line {Line}: {Code}" + (Args.Count == 0 ? string.Empty : $" ({string.Join(", ", Args)})");
}

/// <summary>Each problem a content file can have; the resource key is <c>Problem.{name}</c>.</summary>
public enum ProblemCode
{
    NoFrontMatter,
    UnterminatedFrontMatter,
    BadYaml,
    NotAMapping,
    DuplicateKey,
    UnknownKey,
    NotText,
    NotAList,
    MissingTitle,
    MissingKind,
    UnknownKind,
    BadAges,
    BadDate,
    HoursShape,
    UnknownDay,
    BadTime,
    EqualTimes,
    AlwaysOpenMixed,
}
