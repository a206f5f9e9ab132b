using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Storage;

/// <summary>Where the bot keeps its state: an Azure Table Storage account (Azurite locally).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Connection string of the Table service. Environment: <c>Storage__ConnectionString</c>.</summary>
    [Required(ErrorMessage = "Set Storage:ConnectionString (environment variable Storage__ConnectionString) to the Table Storage connection string.")]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Prefix of every table name; lets tests and environments share one account safely.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,30}$", ErrorMessage = "Storage:TablePrefix must be letters and digits, starting with a letter.")]
    public string TablePrefix { get; set; } = "Vagtrum";
}
