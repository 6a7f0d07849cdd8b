import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { boundaryGeoJson, type BoundaryLevel } from '@coordination/geo';

const LEVELS: readonly BoundaryLevel[] = ['department', 'province'];

/**
 * Department and province boundaries as GeoJSON (each feature with its P-code), for maps drawn
 * without any tile server. Public and cacheable: the shapes change only with a new release.
 * Source INEI 2007 limits via juaneladio/peru-geojson, MPL-2.0; see libs/geo/data/README.md.
 */
@Controller('geo/boundaries')
export class BoundariesController {
  @Get(':level')
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  boundaries(@Param('level') level: string) {
    if (!(LEVELS as readonly string[]).includes(level)) {
      throw new NotFoundException({ code: 'GEO.UNKNOWN_LEVEL', message: `level must be one of ${LEVELS.join(', ')}` });
    }
    return boundaryGeoJson(level as BoundaryLevel);
  }
}
