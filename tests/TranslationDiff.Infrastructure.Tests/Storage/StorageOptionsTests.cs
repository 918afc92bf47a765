using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TranslationDiff.Core.Storage;
using TranslationDiff.Infrastructure.Storage;

namespace TranslationDiff.Infrastructure.Tests.Storage;

public class StorageOptionsTests
{
    [Fact]
    public void Options_FailNamingTheKeys_WhenPostgresHasNoConnectionString()
    {
        using var services = Services(new() { ["Storage:Provider"] = "postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:TranslationDiff", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_FailNamingTheKey_WhenTheProviderIsUnknown()
    {
        using var services = Services(new() { ["Storage:Provider"] = "oracle" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_TakeTheNamedConnectionString_WhenStorageHasNone()
    {
        using var services = Services(new() { ["Storage:Provider"] = "postgres", ["ConnectionStrings:TranslationDiff"] = "Host=db;Database=td" });

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal("Host=db;Database=td", options.ConnectionString);
    }

    [Fact]
    public void Options_DefaultToASqliteFileUnderData_WhenNothingIsConfigured()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.True(options.IsSqlite);
        Assert.Equal("Data Source=data/translationdiff.db", options.EffectiveConnectionString);
    }

    [Fact]
    public async Task MigrateResultsDatabaseAsync_CreatesTheFolderAndTheSchema_WhenTheFileIsNew()
    {
        var folder = Path.Combine(Path.GetTempPath(), "td-sqlite-" + Guid.NewGuid().ToString("N")[..12]);
        var file = Path.Combine(folder, "nested", "results.db");
        try
        {
            using var services = Services(new() { ["Storage:ConnectionString"] = $"Data Source={file}" });

            await services.MigrateResultsDatabaseAsync();
            var runs = await services.GetRequiredService<IComparisonStore>().ListRunsAsync("none", CancellationToken.None);

            Assert.True(File.Exists(file));
            Assert.Empty(runs);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddTranslationDiffInfrastructure(configuration).BuildServiceProvider();
    }
}
