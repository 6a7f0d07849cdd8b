import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ExportFileFormatEnum = { CSV: 'csv', XLSX: 'xlsx', HXL_CSV: 'hxl-csv' } as const;
registerEnumType(ExportFileFormatEnum, {
  name: 'ExportFileFormat',
  description: 'CSV (UTF-8 with BOM), XLSX, or CSV with an HXL hashtag row under the headers.',
});

@ObjectType('ActivityReportExport', { description: 'A file in the columns the importer reads: it re-imports as is.' })
export class ActivityReportExportModel {
  @Field()
  fileName: string;

  @Field()
  contentBase64: string;

  @Field(() => Int)
  rowCount: number;
}
