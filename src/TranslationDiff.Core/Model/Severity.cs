namespace TranslationDiff.Core.Model;

/// <summary>MQM-style severities; penalty weights 1, 5 and 25.</summary>
public enum Severity
{
    Minor,
    Major,
    Critical,
}
