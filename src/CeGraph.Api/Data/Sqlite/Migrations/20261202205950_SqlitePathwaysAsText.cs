using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeGraph.Api.Data.Sqlite.Migrations
{
    /// <summary>
    /// Model only: on SQLite, Disciplines.Pathways is read and written by <see cref="PathwaysTextConverter"/> instead of EF Core's
    /// primitive-collection JSON reader. The column (TEXT) and its contents (a JSON array of numbers) stay as they were.
    /// </summary>
    public partial class SqlitePathwaysAsText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
