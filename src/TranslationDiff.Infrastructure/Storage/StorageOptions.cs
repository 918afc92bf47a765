namespace TranslationDiff.Infrastructure.Storage;

/// <summary>
/// Configuration section <c>Storage</c>: where results and the translation memory live.
/// <c>Storage:Provider</c> is "sqlite" (default) or "postgres"; <c>Storage:ConnectionString</c> (environment:
/// <c>Storage__ConnectionString</c>) or <c>ConnectionStrings:TranslationDiff</c> says where.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string ConnectionStringName = "TranslationDiff";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    public const string DefaultSqliteConnectionString = "Data Source=data/translationdiff.db";

    /// <summary>"sqlite" or "postgres" ("postgresql" is accepted too). Key: <c>Storage:Provider</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The provider's connection string. Key: <c>Storage:ConnectionString</c>, else <c>ConnectionStrings:TranslationDiff</c>;
    /// for SQLite it defaults to <see cref="DefaultSqliteConnectionString"/> (relative to the working directory).
    /// </summary>
    public string? ConnectionString { get; set; }

    internal bool IsPostgres =>
        string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);

    internal bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    internal string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && IsSqlite ? DefaultSqliteConnectionString : ConnectionString ?? string.Empty;
}
