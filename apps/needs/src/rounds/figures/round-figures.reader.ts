import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { todayInLima } from '../../shared/lima-date';
import type { NeedsRoundEntity } from '../needs-round.entity';
import { PeopleInNeedCellEntity } from '../people-in-need-cell.entity';
import { roundInForce } from '../round-history';
import { SeverityFigureEntity } from '../severity-figure.entity';
import { figureScope, type FigureScope } from './figure-scope';
import type { NeedsFigureFilter } from './needs-figure-filter.input';

export interface RoundFigures {
  asOf: string;
  round: NeedsRoundEntity | null;
  scope: FigureScope;
}

/** Finds the round a figure query reads (one round, never several added up) and loads its figures. */
@Injectable()
export class RoundFiguresReader {
  constructor(private readonly dataSource: DataSource) {}

  async inForce(filter: NeedsFigureFilter): Promise<RoundFigures> {
    const scope = figureScope(filter.pcode, filter.level);
    const asOf = filter.asOf ?? todayInLima();
    const round = await roundInForce(this.dataSource.manager, filter.analysisCode, asOf);
    return { asOf, round, scope };
  }

  /** The cells of a round inside a department when the scope names one, else all of them. */
  peopleInNeed(round: NeedsRoundEntity, scope: FigureScope): Promise<PeopleInNeedCellEntity[]> {
    const where = scope.pcode ? { roundId: round.id, departmentPcode: scope.pcode.slice(0, 4) } : { roundId: round.id };
    return this.dataSource.manager.find(PeopleInNeedCellEntity, { where });
  }

  severity(round: NeedsRoundEntity, scope: FigureScope): Promise<SeverityFigureEntity[]> {
    const where = scope.pcode ? { roundId: round.id, departmentPcode: scope.pcode.slice(0, 4) } : { roundId: round.id };
    return this.dataSource.manager.find(SeverityFigureEntity, { where });
  }
}
