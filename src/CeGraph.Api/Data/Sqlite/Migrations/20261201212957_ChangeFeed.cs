using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeGraph.Api.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Distributions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Activities",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "CatalogChanges",
                columns: table => new
                {
                    Position = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SponsorId = table.Column<int>(type: "INTEGER", nullable: true),
                    SponsorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DisciplineCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusBefore = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    StatusAfter = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedByKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogChanges", x => x.Position);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_UpdatedAt_Id",
                table: "Activities",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogChanges_EventId",
                table: "CatalogChanges",
                column: "EventId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogChanges");

            migrationBuilder.DropIndex(
                name: "IX_Activities_UpdatedAt_Id",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Distributions");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Activities");
        }
    }
}
