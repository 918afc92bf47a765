using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TranslationDiff.Infrastructure.Storage;

/// <summary>
/// Fills <see cref="StorageOptions.ConnectionString"/> from <c>ConnectionStrings:TranslationDiff</c> when
/// <c>Storage:ConnectionString</c> is not set, and checks the options at start-up, naming the key to set.
/// </summary>
internal sealed class StorageOptionsSetup(IConfiguration configuration) : IPostConfigureOptions<StorageOptions>, IValidateOptions<StorageOptions>
{
    public void PostConfigure(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var named = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
            if (!string.IsNullOrWhiteSpace(named))
            {
                options.ConnectionString = named;
            }
        }
    }

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsSqlite && !options.IsPostgres)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider is '{options.Provider}'; set it to '{StorageOptions.Sqlite}' (default) or '{StorageOptions.Postgres}'.");
        }

        if (options.IsPostgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:Provider is 'postgres' but no connection string is set: set Storage:ConnectionString "
                + "(environment variable Storage__ConnectionString) or ConnectionStrings:TranslationDiff, "
                + "e.g. 'Host=localhost;Database=translationdiff;Username=...'.");
        }

        return ValidateOptionsResult.Success;
    }
}
