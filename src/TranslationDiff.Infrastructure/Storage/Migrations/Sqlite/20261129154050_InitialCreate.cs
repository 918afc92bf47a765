using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TranslationDiff.Infrastructure.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "comparison_runs",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    pivot_language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    reference_language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    engine = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    problems_json = table.Column<string>(type: "TEXT", nullable: false),
                    report_json = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comparison_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "edition_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    fetched_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    content = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_edition_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "engine_usage",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    comparison_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    engine = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    requests = table.Column<long>(type: "INTEGER", nullable: false),
                    characters_sent = table.Column<long>(type: "INTEGER", nullable: false),
                    cache_hits = table.Column<long>(type: "INTEGER", nullable: false),
                    cache_misses = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_engine_usage", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "translation_memory",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    engine = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    engine_version = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source_language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    target_language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    source_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    source_text = table.Column<string>(type: "TEXT", nullable: false),
                    translation = table.Column<string>(type: "TEXT", nullable: false),
                    unknown_words = table.Column<string>(type: "TEXT", nullable: false),
                    sentence_lengths = table.Column<string>(type: "TEXT", nullable: true),
                    route = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    hit_count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_translation_memory", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "run_editions",
                columns: table => new
                {
                    run_id = table.Column<string>(type: "TEXT", nullable: false),
                    edition_version_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_editions", x => new { x.run_id, x.edition_version_id });
                    table.ForeignKey(
                        name: "FK_run_editions_comparison_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "comparison_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_run_editions_edition_versions_edition_version_id",
                        column: x => x.edition_version_id,
                        principalTable: "edition_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_comparison_runs_name_created_at",
                table: "comparison_runs",
                columns: new[] { "name", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_edition_versions_url_content_hash",
                table: "edition_versions",
                columns: new[] { "url", "content_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_engine_usage_run_id_engine",
                table: "engine_usage",
                columns: new[] { "run_id", "engine" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_run_editions_edition_version_id",
                table: "run_editions",
                column: "edition_version_id");

            migrationBuilder.CreateIndex(
                name: "IX_translation_memory_engine_engine_version_source_language_target_language_source_hash",
                table: "translation_memory",
                columns: new[] { "engine", "engine_version", "source_language", "target_language", "source_hash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engine_usage");

            migrationBuilder.DropTable(
                name: "run_editions");

            migrationBuilder.DropTable(
                name: "translation_memory");

            migrationBuilder.DropTable(
                name: "comparison_runs");

            migrationBuilder.DropTable(
                name: "edition_versions");
        }
    }
}
