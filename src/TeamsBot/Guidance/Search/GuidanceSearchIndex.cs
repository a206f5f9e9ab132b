using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace TeamsBot.Guidance.Search;

/// <summary>
/// An in-memory Lucene index of one <see cref="GuidanceSnapshot"/>, built once and then only read (Lucene's searcher
/// is safe for any number of threads). A new snapshot gets a new index; the old one is left to the garbage collector
/// rather than closed, since a search on another thread may still be reading it (it holds no files or handles).
/// </summary>
public sealed class GuidanceSearchIndex
{
    private static readonly GuidanceAnalyzer Analyzer = new();

    /// <summary>Tags are a set, not prose: a file with more tags must not weigh each of them less (no length norms).</summary>
    private static readonly FieldType TagType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true });
    private readonly IndexSearcher searcher;
    private readonly Vocabulary vocabulary;
    private readonly TagSuggestions referralTags;
    private readonly TagSuggestions procedureTags;
    private readonly Dictionary<GuidanceKind, Filter> kindFilters;

    private GuidanceSearchIndex(GuidanceSnapshot snapshot, IndexSearcher searcher)
    {
        Snapshot = snapshot;
        this.searcher = searcher;
        vocabulary = Vocabulary.Read(searcher.IndexReader);
        referralTags = new TagSuggestions(snapshot.OfKind(GuidanceKind.Referral));
        procedureTags = new TagSuggestions(snapshot.OfKind(GuidanceKind.Procedure));
        kindFilters = Enum.GetValues<GuidanceKind>().ToDictionary(
            kind => kind,
            kind => (Filter)new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Kind, SearchFields.KindValue(kind))))));
    }

    public GuidanceSnapshot Snapshot { get; }

    public static GuidanceSearchIndex Build(GuidanceSnapshot snapshot)
    {
#pragma warning disable CA2000 // the directory lives as long as the index's reader; neither holds anything but memory
        var directory = new RAMDirectory();
#pragma warning restore CA2000
        var config = new IndexWriterConfig(GuidanceAnalyzer.Version, Analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < snapshot.Entries.Count; i++)
            {
                writer.AddDocument(DocumentFor(snapshot.Entries[i], i));
            }

            writer.Commit();
        }

        return new GuidanceSearchIndex(snapshot, new IndexSearcher(DirectoryReader.Open(directory)));
    }

    public GuidanceResults Search(string query, GuidanceKind kind, int take)
    {
        if (string.IsNullOrWhiteSpace(query) || take <= 0)
        {
            return GuidanceResults.None;
        }

        var terms = Analyzer.Terms(query, LuceneQueryBuilder.MaxTerms);
        var tags = kind == GuidanceKind.Procedure ? procedureTags : referralTags;
        if (LuceneQueryBuilder.Build(terms, vocabulary) is not { } lucene)
        {
            return new GuidanceResults([], tags.MostUsed());
        }

        var top = searcher.Search(lucene, kindFilters[kind], take);
        if (top.ScoreDocs.Length == 0)
        {
            return new GuidanceResults([], tags.ClosestTo(query));
        }

        var hits = top.ScoreDocs
            .Select(hit => Snapshot.Entries[searcher.Doc(hit.Doc).GetField(SearchFields.Ordinal).GetInt32Value()!.Value])
            .ToList();
        return new GuidanceResults(hits, []);
    }

    private static Document DocumentFor(GuidanceEntry entry, int ordinal)
    {
        var document = new Document
        {
            new StoredField(SearchFields.Ordinal, ordinal),
            new StringField(SearchFields.Kind, SearchFields.KindValue(entry.Kind), Field.Store.NO),
            new TextField(SearchFields.Title, entry.Title, Field.Store.NO),
            new TextField(SearchFields.Summary, entry.Summary, Field.Store.NO),
            new TextField(SearchFields.Audience, entry.Audience ?? string.Empty, Field.Store.NO),
            new TextField(SearchFields.Body, entry.Body, Field.Store.NO),
        };
        foreach (var tag in entry.Tags)
        {
            document.Add(new Field(SearchFields.Tags, tag, TagType));
        }

        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
