using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace TeamsBot.Storage;

/// <summary>The bot's tables. Each feature's store asks for its own table by name.</summary>
public sealed class Tables(TableServiceClient service, IOptions<StorageOptions> options)
{
    public const string Shifts = "Shifts";
    public const string Boards = "Boards";
    public const string Conversations = "Conversations";
    public const string ProcessedActivities = "ProcessedActivities";

    public static readonly IReadOnlyList<string> All = [Shifts, Boards, Conversations, ProcessedActivities];

    public TableClient Get(string name) => service.GetTableClient(options.Value.TablePrefix + name);
}
