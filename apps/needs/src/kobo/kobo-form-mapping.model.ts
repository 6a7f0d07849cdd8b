import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('KoboFormMapping', {
  description: 'A KoboToolbox form feeding an assessment, and how its answers are read.',
})
export class KoboFormMappingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field({ description: 'The form’s asset uid in KoboToolbox (`_xform_id_string` in its submissions).' })
  koboAssetUid: string;

  @Field({ description: 'The mapping document as JSON (see apps/needs/src/kobo/README.md).' })
  mappingJson: string;

  @Field({ description: 'Path of the REST-service endpoint on the needs service: POST <base URL><intakePath>.' })
  intakePath: string;

  @Field(() => Int)
  version: number;

  @Field()
  updatedAt: Date;
}

@ObjectType('KoboFormMappingRegistration')
export class KoboFormMappingRegistrationModel {
  @Field(() => KoboFormMappingModel)
  formMapping: KoboFormMappingModel;

  @Field(() => String, {
    nullable: true,
    description:
      'The form secret, shown only when the mapping is created or its secret rotated: KoboToolbox sends it in an X-Kobo-Secret header or as the basic-auth password.',
  })
  secret: string | null;
}
